import { describeAnnotatedCorpus } from "./check-corpus";
import { wireCopy } from "./corpora/wire-copy.data";

describeAnnotatedCorpus("findFigures on wire copy", wireCopy, 150);
