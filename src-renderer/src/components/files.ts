/** A file the consultant picked, as the contract's `uploadedFile` carries it. */
export interface ChosenFile {
  name: string;
  dataBase64: string;
}

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export function base64Of(file: File): Promise<string> {
  return file.arrayBuffer().then((buffer) => {
    let binary = '';
    const bytes = new Uint8Array(buffer);
    for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
    return btoa(binary);
  });
}
