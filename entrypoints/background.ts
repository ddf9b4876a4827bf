export default defineBackground(() => {
  // The corpus and the typed message handlers arrive with the extension issue; the service worker
  // keeps no state in globals.
});
