//! Entry point of the simulation worker; everything lives in the library.

fn main() {
    worthit_app::start_worker();
}
