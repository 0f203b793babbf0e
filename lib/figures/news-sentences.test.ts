import { newsSentences } from "./news-sentences.data";
import { describeAnnotatedCorpus } from "./testing/check-corpus";

describeAnnotatedCorpus("news sentences corpus", newsSentences, 170);
