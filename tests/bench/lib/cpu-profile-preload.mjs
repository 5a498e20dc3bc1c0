// Preloaded into the server process (NODE_OPTIONS=--import …) when BENCH_CPU_PROF names a folder:
// Node 20 refuses --cpu-prof in NODE_OPTIONS, so the profiler is started through the inspector and
// the profile written when the process exits (the server exits on SIGTERM after closing).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";

const folder = process.env.BENCH_CPU_PROF;
if (folder) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  // The wall-clock moment the profile starts, to place the bench's phases (epoch ms) in it.
  const startedAtEpochMs = performance.timeOrigin + performance.now();
  process.on("exit", () => {
    // A same-thread inspector session answers synchronously, so this runs before the exit.
    session.post("Profiler.stop", (error, result) => {
      if (!error) {
        const name = join(folder, `${process.env.BENCH_PROFILE_NAME ?? "server"}-${process.pid}`);
        writeFileSync(`${name}.cpuprofile`, JSON.stringify(result.profile));
        writeFileSync(`${name}.clock.json`, JSON.stringify({ startedAtEpochMs }));
      }
    });
  });
}
