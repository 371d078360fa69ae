// Starts the Pagefind search UI; a ?q= in the address (from the header's search form) runs that search.
window.addEventListener("DOMContentLoaded", () => {
  // A big site's index is split in several (site/Search/SearchShards.cs); the UI searches them as one.
  const merged = document.querySelector("#search")?.dataset.mergeIndexes;
  const mergeIndex = merged ? merged.split(" ").map((bundlePath) => ({ bundlePath })) : [];
  const ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false, mergeIndex });
  // Pagefind's input has only a title; the page's visible heading ("Search") becomes its label.
  document.querySelector("#search input")?.setAttribute("aria-labelledby", "search-heading");
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
