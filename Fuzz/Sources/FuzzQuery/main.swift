// The harness is in Harness.swift: libFuzzer supplies main().
