// The model's users see OZGBase's errors, languages and text encoders without a second import.
@_exported import OZGBase
