// OZGXML: see docs/ARCHITECTURE.md
