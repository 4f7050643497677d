print("avgd")
