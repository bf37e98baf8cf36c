// OZGCSV: see docs/ARCHITECTURE.md
