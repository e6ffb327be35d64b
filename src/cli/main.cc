#include "cli/app.h"

int main(int argc, char** argv) { return baocao::RunCli(argc, argv); }
