// The source of the targets that make the tests' precompiled headers (BursarHelpers.cmake,
// bursar_add_test): it has nothing of its own; the header is the product.
