// The part of the WebAssembly global that pglite-remote.ts uses: Node has it, but @types/node 20
// declares it nowhere and the server's types exclude the DOM library that does.
declare namespace WebAssembly {
  // biome-ignore lint/suspicious/noEmptyInterface: an opaque handle, as in lib.dom.d.ts
  interface Module {}
  function compile(bytes: Uint8Array): Promise<Module>;
}
