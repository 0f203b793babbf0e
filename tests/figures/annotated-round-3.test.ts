import { roundThree } from "./corpora/annotated-round-3.data";
import { describeAnnotatedCorpus } from "./check-corpus";

describeAnnotatedCorpus("findFigures on annotated round 3", roundThree, 120);
