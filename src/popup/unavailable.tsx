/** Shown instead of "On this page" where no content script answers, so the popup is never blank. */
export function Unavailable() {
  return (
    <section class="unavailable" aria-labelledby="unavailable-title">
      <h2 id="unavailable-title">Milia Lens can’t read this page</h2>
      <p>
        Browsers don’t let extensions into their own pages, extension stores or PDF viewers. Local
        files need “Allow access to file URLs” in the extension’s details. A page opened before
        Milia Lens was installed or updated needs a reload.
      </p>
    </section>
  );
}
