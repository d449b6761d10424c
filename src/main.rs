//! Mounts the annotator in the page; everything else lives in the library.
//! Built for the browser (wasm32) by Trunk; natively it only says so.

#[cfg(target_arch = "wasm32")]
fn main() {
    article_annotator::ui::panic::install();
    yew::Renderer::<article_annotator::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The annotator runs in the browser: build it with `make run`. The command line is `annotator`.");
    std::process::exit(2);
}
