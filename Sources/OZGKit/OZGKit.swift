@_exported import OZGSpreadsheet
@_exported import OZGFiles
@_exported import OZGDomain
@_exported import OZGWorkspace
@_exported import OZGWorkingSheet
@_exported import OZGReports
