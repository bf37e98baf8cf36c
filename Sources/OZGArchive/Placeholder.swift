// OZGArchive: see docs/ARCHITECTURE.md
