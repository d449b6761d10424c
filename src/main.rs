//! Mounts the annotator in the page; everything else lives in the library.

fn main() {
    article_annotator::ui::panic::install();
    yew::Renderer::<article_annotator::ui::App>::new().render();
}
