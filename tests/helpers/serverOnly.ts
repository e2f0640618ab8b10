// Stands in for `server-only` and style imports under jest, which runs outside React's server build.
export {}
