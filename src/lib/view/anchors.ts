/** The id of a document's section on a topic page: "doc-openai-model-spec". */
export function docAnchor(documentId: string): string {
  return `doc-${documentId.replace('/', '-')}`;
}
