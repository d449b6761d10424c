# The commands of the README. run, test and bench install what is missing first.
.PHONY: run test bench fuzz
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
	node tests/e2e/bench/engine-bench.mjs
	command -v twiggy >/dev/null || cargo install twiggy --locked
	node tests/e2e/bench/size-breakdown.mjs
	node tests/e2e/bench/write-realistic.mjs target/realistic-article.txt
	cargo build --release --bin annotator
	cargo run --release --bin core_bench target/realistic-article.txt
# The fuzz properties of tests/core/fuzz.rs, long (they run briefly in
# `cargo test`); a failure's seed is kept in tests/proptest-regressions/.
fuzz:
	PROPTEST_CASES=$${PROPTEST_CASES:-20000} cargo test --release --test core fuzz
