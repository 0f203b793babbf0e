import { roundThree } from "./annotated-round-3.data";
import { describeAnnotatedCorpus } from "./testing/check-corpus";

describeAnnotatedCorpus("findFigures on annotated round 3", roundThree, 120);
