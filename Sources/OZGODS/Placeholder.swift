// OZGODS: see docs/ARCHITECTURE.md
