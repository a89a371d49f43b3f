/** The intake benchmark: the runner, the stack it starts and the figures it prints. */
package dev.bulwark.bench;
