export declare const OUT: string;
export declare function compileSuite(): Promise<void>;
