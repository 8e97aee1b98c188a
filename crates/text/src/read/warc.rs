//! WARC records (stub: being written).

use std::collections::VecDeque;
use std::io::BufRead;

use super::{Ctx, ReadOptions, ReadResult, Source};

pub(crate) struct WarcSource {
    ctx: Ctx,
    done: bool,
}

impl WarcSource {
    pub(crate) fn new(_stream: Box<dyn BufRead + Send>, ctx: Ctx) -> Self {
        WarcSource { ctx, done: false }
    }
}

impl Source for WarcSource {
    fn advance(&mut self, out: &mut VecDeque<ReadResult>, _options: &ReadOptions) -> bool {
        if !self.done {
            self.done = true;
            out.push_back(Err(self.ctx.error(
                None,
                None,
                "WARC input is not supported yet".into(),
            )));
        }
        false
    }
}
