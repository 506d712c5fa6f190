// Link failures, worded as GNU ld words them (`undefined reference to `foo'`, `multiple definition
// of `x'`, `relocation truncated to fit`), collected so one run reports all of them.

export class LinkError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(messages.join('\n'));
    this.name = 'LinkError';
  }
}
