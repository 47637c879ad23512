export interface Step {
  name: string;
  script: string;
  inputs: string[];
  outputs: string[];
}
export declare const steps: Step[];
export declare function newestMtime(paths: string[]): number;
export declare function oldestOutput(paths: string[]): number;
export declare function refresh(step: Step): void;
