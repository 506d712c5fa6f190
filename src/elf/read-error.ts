// The one error the object reader throws: a file that is not a well-formed ELF64 x86-64
// relocatable object. The message starts with the file name so it can be shown as is.

export class ObjectFormatError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ObjectFormatError';
  }
}
