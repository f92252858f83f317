"""Evidence across reports: copies, claims, stance toward claims and corroboration."""
