/**
 * The one way an extension page hands a file to the browser (the library's exports, the consent export,
 * the studio's PNGs). The link is put in the document before the click: Firefox ignores a click on a link
 * that is not in a document. The architecture test keeps every other file off `link.download`.
 */
export function downloadFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
