//! Entry point of the page; everything lives in the library.

fn main() {
    worthit_app::start_app();
}
