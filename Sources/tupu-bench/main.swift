print("tupu-bench: benchmarks arrive with their issues")
