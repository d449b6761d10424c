//! Mounts the annotator in the page; everything else lives in the library.

fn main() {
    yew::Renderer::<article_annotator::ui::App>::new().render();
}
