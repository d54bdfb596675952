export default defineBackground(() => {
  // The analyzer runs in the tab; the background only owns storage-backed features.
});
