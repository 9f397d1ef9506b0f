// emcc --js-library: declares the import binding.cpp takes from its host, so the link knows of it. The
// implementation is web/factlight.js's (emcc writes no JS glue for this build).
mergeInto(LibraryManager.library, {
  fl_sink: function (data, size) {},
});
