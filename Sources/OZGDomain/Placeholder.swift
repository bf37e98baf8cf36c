// OZGDomain: see docs/ARCHITECTURE.md
