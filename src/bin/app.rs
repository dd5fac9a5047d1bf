//! Entry point of the page and of its simulation worker; everything lives
//! in the library.

fn main() {
    worthit_app::start();
}
