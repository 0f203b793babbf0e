import { describeAnnotatedCorpus } from "./testing/check-corpus";
import { wireCopy } from "./wire-copy.data";

describeAnnotatedCorpus("findFigures on wire copy", wireCopy, 150);
