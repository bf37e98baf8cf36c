import OZGKit
print("ozg")
