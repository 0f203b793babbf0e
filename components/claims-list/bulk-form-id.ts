/** The bulk actions' form: the table's tick boxes belong to it through their `form` attribute. */
export const BULK_FORM_ID = "claims-bulk";
