/** The stored-rows benchmark: intake's latency as its submissions table grows by orders of magnitude. */
package dev.bulwark.bench.rows;
