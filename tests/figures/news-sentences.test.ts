import { newsSentences } from "./corpora/news-sentences.data";
import { describeAnnotatedCorpus } from "./check-corpus";

describeAnnotatedCorpus("news sentences corpus", newsSentences, 170);
