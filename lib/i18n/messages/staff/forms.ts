// Words every staff form shares (components/ui, components/forms). English only for now.
import { englishOnly } from "../../locale";

export const FORM_MESSAGES = englishOnly({
  optional: " (optional)",
});
