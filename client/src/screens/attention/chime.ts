/**
 * A short, soft two-note tone for "something is asked of your delegation". Synthesised, so the
 * product carries no audio file; silent where the browser has no Web Audio or blocks it.
 */
export function playChime(): void {
  try {
    const context = new AudioContext();
    const gain = context.createGain();
    gain.gain.value = 0.08;
    gain.connect(context.destination);
    [660, 880].forEach((frequency, index) => {
      const tone = context.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      const start = context.currentTime + index * 0.16;
      tone.start(start);
      tone.stop(start + 0.14);
    });
    setTimeout(() => void context.close(), 600);
  } catch {
    // No sound is better than an error: the notice itself is what matters.
  }
}
