// OZGWorkingSheet: see docs/ARCHITECTURE.md
