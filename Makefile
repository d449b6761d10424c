# The two commands of the README. Both install what is missing first.
.PHONY: run test bench
run:
	.ci/setup.sh build
	.ci/build.sh
	@echo "Serving the annotator at http://127.0.0.1:8080"
	node tests/e2e/serve.mjs dist 8080
test:
	.ci/test.sh
bench:
	.ci/setup.sh
	.ci/build.sh
	node tests/e2e/bench/ui-bench.mjs
	node tests/e2e/bench/dataset-bench.mjs
	cargo run --release --bin core_bench
