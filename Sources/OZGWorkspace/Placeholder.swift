// OZGWorkspace: see docs/ARCHITECTURE.md
