// Specifications arrive with their issue.
