// OZGFiles: see docs/ARCHITECTURE.md
