// OZGReports: see docs/ARCHITECTURE.md
